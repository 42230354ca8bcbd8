package uk.gov.local.sectorsupport.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a caller may set on a support engagement; shared by {@link SupportEngagementCreate} and {@link SupportEngagementUpdate}. */
interface SupportEngagementFields {
    String council();

    String programme();

    EngagementType type();

    LocalDate startDate();

    LocalDate endDate();

    BigDecimal daysDelivered();

    String leadAdviser();

    String notes();

    String organisation();

    String externalId();
}
