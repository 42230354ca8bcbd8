package uk.gov.local.sectorsupport.event;

import java.time.LocalDate;

import uk.gov.local.sectorsupport.council.Region;

/** What a caller may set on an event; shared by {@link EventCreate} and {@link EventUpdate}. */
interface EventFields {
    String programme();

    String title();

    EventType type();

    EventFormat format();

    LocalDate startDate();

    LocalDate endDate();

    Region region();

    String venue();

    Integer capacity();

    String organisation();

    String externalId();
}
