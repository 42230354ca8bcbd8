package uk.gov.local.sectorsupport.engagement;

/** Limits shared by the request bodies and the service. */
final class SupportEngagementRules {

    /** More than two working years of days on one engagement is a typing mistake, not support. */
    static final String MAX_DAYS = "500";

    static final String DAYS_MESSAGE = "must be a number of days from 0 to " + MAX_DAYS
            + " with at most one decimal place, such as 2.5";

    private SupportEngagementRules() {
    }
}
