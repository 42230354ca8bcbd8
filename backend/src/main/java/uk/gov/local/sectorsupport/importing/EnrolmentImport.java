package uk.gov.local.sectorsupport.importing;

import java.util.List;
import java.util.Set;

import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.local.sectorsupport.cohort.Enrolment;
import uk.gov.local.sectorsupport.cohort.EnrolmentCreate;
import uk.gov.local.sectorsupport.cohort.EnrolmentStatus;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.importing.ImportReferences.Parent;
import uk.gov.local.sectorsupport.importing.ImportReferences.ParentKind;

/** Enrolments: rows of {@link EnrolmentCreate} naming their cohort by `cohortExternalId`. */
final class EnrolmentImport extends DatasetImport {

    static final String COHORT_EXTERNAL_ID = "cohortExternalId";

    private static final List<Column> COLUMNS = List.of(
            new Column("cohort_id", "bigint", "cohort"),
            new Column("participant_key", "text", "participantKey"),
            new Column("council_gss_code", "varchar", "council"),
            new Column("participant_role", "text", "participantRole"),
            new Column("status", "text", "status"),
            new Column("sex", "text", "sex"),
            new Column("ethnic_group", "text", "ethnicGroup"),
            new Column("disability", "text", "disability"));

    EnrolmentImport(ObjectReader reader, Validator validator) {
        super(reader, validator);
    }

    @Override
    ImportDataset dataset() {
        return ImportDataset.ENROLMENTS;
    }

    @Override
    String table() {
        return "enrolment";
    }

    @Override
    String auditType() {
        return Enrolment.AUDIT_TYPE;
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    List<String> naturalKey() {
        return List.of("cohort_id", "participant_key");
    }

    @Override
    Set<String> withheldFields() {
        return Enrolment.DIVERSITY_FIELDS;
    }

    @Override
    String scopeCondition() {
        return "exists (select 1 from cohort p where p.id = t.cohort_id and p.programme_id = ? "
                + "and make_date(p.financial_year, 4, 1) between ? and ?)";
    }

    @Override
    void collectParents(ObjectNode fields, ImportReferences.Wanted wanted) {
        wanted.add(ParentKind.COHORT, fields.path(COHORT_EXTERNAL_ID).asText(null));
    }

    @Override
    String[] values(ObjectNode fields, ImportReferences references, List<FieldError> errors) {
        String cohortExternalId = required(take(fields, COHORT_EXTERNAL_ID), COHORT_EXTERNAL_ID,
                "your external id of the cohort", errors);
        // Checked here, as a pushed key must be: the form's looser rule would report it twice.
        String key = PushedPseudonym.check(take(fields, "participantKey"), "participantKey", errors);
        EnrolmentCreate enrolment = bind(EnrolmentCreate.class, fields, errors);
        Parent cohort = cohortExternalId == null ? null
                : references.parent(ParentKind.COHORT, cohortExternalId, COHORT_EXTERNAL_ID, errors);
        if (enrolment == null || cohort == null || key == null) {
            return null;
        }
        Council council = references.councilExisting(enrolment.council(), cohort.startDate(), cohort.endDate(),
                "the cohort", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        EnrolmentStatus status = enrolment.status() == null ? EnrolmentStatus.ENROLLED : enrolment.status();
        return new String[] { Long.toString(cohort.id()), key, council.gssCode, text(enrolment.participantRole()),
                text(status), text(enrolment.sex()), text(enrolment.ethnicGroup()), text(enrolment.disability()) };
    }
}
