package uk.gov.local.sectorsupport.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.engagement.SupportEngagement;
import uk.gov.local.sectorsupport.engagement.SupportEngagementCreate;
import uk.gov.local.sectorsupport.programme.Programme;

/** Support engagements: rows of {@link SupportEngagementCreate}, in a programme the partner delivers. */
final class SupportEngagementImport extends DatasetImport {

    private static final List<Column> COLUMNS = List.of(
            new Column("programme_id", "text", "programme"),
            new Column("council_gss_code", "varchar", "council"),
            new Column("type", "text", "type"),
            new Column("start_date", "date", "startDate"),
            new Column("end_date", "date", "endDate"),
            // numeric(6, 1): one decimal place, as PostgreSQL prints it; the audit trail drops trailing zeros
            new Column("days_delivered", "numeric", "daysDelivered",
                    days -> new BigDecimal(days).stripTrailingZeros().toPlainString()),
            new Column("lead_adviser", "text", "leadAdviser"),
            new Column("notes", "text", "notes"));

    SupportEngagementImport(ObjectReader reader, Validator validator) {
        super(reader, validator);
    }

    @Override
    ImportDataset dataset() {
        return ImportDataset.SUPPORT_ENGAGEMENTS;
    }

    @Override
    String table() {
        return "support_engagement";
    }

    @Override
    String auditType() {
        return SupportEngagement.AUDIT_TYPE;
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    List<Child> children() {
        return List.of(new Child("survey_response", "support_engagement_id", "survey-response"));
    }

    @Override
    String scopeCondition() {
        return "t.programme_id = ? and t.start_date between ? and ?";
    }

    @Override
    String[] values(ObjectNode fields, ImportReferences references, List<FieldError> errors) {
        SupportEngagementCreate engagement = bind(SupportEngagementCreate.class, fields, errors);
        if (engagement == null) {
            return null;
        }
        Programme programme = references.programme(engagement.programme(), errors);
        Council council = references.council(engagement.council(), "council", errors);
        if (council != null && !council.isCurrentOn(engagement.startDate())) {
            errors.add(new FieldError("council", "did not exist on the start date, " + engagement.startDate()));
        }
        if (engagement.endDate() != null && engagement.endDate().isBefore(engagement.startDate())) {
            errors.add(new FieldError("endDate", "must be on or after the start date"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        BigDecimal days = engagement.daysDelivered() == null ? BigDecimal.ZERO : engagement.daysDelivered();
        return new String[] { programme.id, council.gssCode, text(engagement.type()), text(engagement.startDate()),
                text(engagement.endDate()), days.setScale(1, RoundingMode.UNNECESSARY).toPlainString(),
                EventImport.blankToNull(engagement.leadAdviser()), EventImport.blankToNull(engagement.notes()) };
    }
}
