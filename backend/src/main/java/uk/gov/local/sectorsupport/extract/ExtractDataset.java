package uk.gov.local.sectorsupport.extract;

import java.util.List;

/**
 * One dataset analysts can pull: the SQL behind each column, and which of the filters apply to it (as SQL over the
 * table's alias `t`; null where a filter does not apply). Columns are chosen for analysts: never a name, an address
 * or a phone number, never self-reported diversity data (that is only ever counted), people only by keys that are
 * pseudonymised again for each consumer.
 *
 * @param trackedChanges whether the table records when each row changed, so `updatedSince` can select rows;
 *                       reference data without it is always pulled whole
 * @param withdrawable   whether rows can be withdrawn (soft-deleted) by a partner's complete-set push
 */
record ExtractDataset(String name, String description, String table, String key, boolean numericKey,
        List<ExtractColumn> columns, boolean trackedChanges, boolean withdrawable, String dateExpression,
        String programmeExpression, String councilExpression, String regionExpression) {

    /** Whether the filter applies to this dataset. */
    boolean filters(String filter) {
        return switch (filter) {
            case "financialYear" -> dateExpression != null;
            case "programme", "theme" -> programmeExpression != null;
            case "council" -> councilExpression != null;
            case "region" -> regionExpression != null;
            default -> false;
        };
    }
}
