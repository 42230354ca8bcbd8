package uk.gov.local.sectorsupport.common;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One clock for the application, in UK time, so "today" is the same everywhere. */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
