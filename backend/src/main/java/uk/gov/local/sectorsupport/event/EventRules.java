package uk.gov.local.sectorsupport.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.council.Region;

/** The rules an event's dates and place must keep, apart from the database lookups; shared with partner pushes. */
public final class EventRules {

    private EventRules() {
    }

    /** The last day: the one given, or the start for a one-day event. */
    public static LocalDate endDate(LocalDate startDate, LocalDate endDate) {
        return endDate == null ? startDate : endDate;
    }

    /** The field errors of the dates and region (the bean constraints have already checked presence). */
    public static List<FieldError> check(LocalDate startDate, LocalDate endDate, EventFormat format, Region region) {
        List<FieldError> errors = new ArrayList<>();
        if (endDate(startDate, endDate).isBefore(startDate)) {
            errors.add(new FieldError("endDate", "must be on or after the start date"));
        }
        if (format == EventFormat.ONLINE && region != null) {
            errors.add(new FieldError("region", "must be left out for an online event"));
        }
        if (format != EventFormat.ONLINE && region == null) {
            errors.add(new FieldError("region", "is required for an in-person or hybrid event"));
        }
        return errors;
    }
}
