package uk.gov.local.sectorsupport.importing;

import java.util.List;

import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.local.sectorsupport.cohort.Cohort;
import uk.gov.local.sectorsupport.cohort.CohortCreate;
import uk.gov.local.sectorsupport.cohort.CohortRules;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.programme.Programme;

/** Cohorts: rows of {@link CohortCreate}, in a programme the partner delivers. */
final class CohortImport extends DatasetImport {

    private static final List<Column> COLUMNS = List.of(
            new Column("programme_id", "text", "programme"),
            new Column("name", "text", "name"),
            new Column("financial_year", "integer", "financialYear",
                    year -> new FinancialYear(Integer.parseInt(year)).toString()),
            new Column("start_date", "date", "startDate"),
            new Column("end_date", "date", "endDate"));

    CohortImport(ObjectReader reader, Validator validator) {
        super(reader, validator);
    }

    @Override
    ImportDataset dataset() {
        return ImportDataset.COHORTS;
    }

    @Override
    String table() {
        return "cohort";
    }

    @Override
    String auditType() {
        return Cohort.AUDIT_TYPE;
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    List<String> naturalKey() {
        return List.of("programme_id", "name");
    }

    @Override
    List<Child> children() {
        return List.of(new Child("enrolment", "cohort_id", "enrolment"),
                new Child("survey_response", "cohort_id", "survey-response"));
    }

    @Override
    String scopeCondition() {
        return "t.programme_id = ? and make_date(t.financial_year, 4, 1) between ? and ?";
    }

    @Override
    String[] values(ObjectNode fields, ImportReferences references, List<FieldError> errors) {
        CohortCreate cohort = bind(CohortCreate.class, fields, errors);
        if (cohort == null) {
            return null;
        }
        Programme programme = references.programme(cohort.programme(), errors);
        errors.addAll(CohortRules.check(cohort.financialYear(), cohort.startDate(), cohort.endDate()));
        if (!errors.isEmpty()) {
            return null;
        }
        return new String[] { programme.id, cohort.name().strip(),
                Integer.toString(CohortRules.financialYear(cohort.financialYear(), cohort.startDate()).startYear()),
                text(cohort.startDate()), text(cohort.endDate()) };
    }
}
