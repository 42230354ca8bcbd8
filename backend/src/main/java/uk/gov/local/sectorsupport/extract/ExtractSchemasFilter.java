package uk.gov.local.sectorsupport.extract;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Adds each dataset's row to the OpenAPI document as a schema of its own (`ExtractSurveyResponsesRow` …), with an
 * example, from the same catalogue the extracts are streamed by, so the document cannot drift from the rows.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExtractSchemasFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        for (ExtractDataset dataset : ExtractCatalogue.all()) {
            Schema row = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("A row of the `" + dataset.name() + "` extract: " + dataset.description()
                            + ". In an incremental pull, a deleted or withdrawn row comes as a tombstone of its key, "
                            + "`deleted: true` and `deletedAt`.");
            Map<String, Object> example = new LinkedHashMap<>();
            for (ExtractColumn column : dataset.columns()) {
                row.addProperty(column.name(), property(column.type()).description(column.description()));
                example.put(column.name(), example(column));
            }
            row.addProperty("deleted", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)
                    .description("Present, and true, only on a tombstone"));
            row.addProperty("deletedAt", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .format("date-time").description("When the row was deleted or withdrawn; tombstones only"));
            row.addRequired(dataset.columns().getFirst().name());
            row.setExample(example);
            openAPI.getComponents().addSchema("Extract" + pascal(dataset.name()) + "Row", row);
        }
    }

    private static Schema property(String type) {
        Schema schema = OASFactory.createSchema();
        return switch (type) {
            case "integer" -> schema.addType(Schema.SchemaType.INTEGER).format("int64");
            case "number" -> schema.addType(Schema.SchemaType.NUMBER);
            case "boolean" -> schema.addType(Schema.SchemaType.BOOLEAN);
            case "date" -> schema.addType(Schema.SchemaType.STRING).format("date");
            case "date-time" -> schema.addType(Schema.SchemaType.STRING).format("date-time");
            default -> schema.addType(Schema.SchemaType.STRING);
        };
    }

    private static Object example(ExtractColumn column) {
        if (column.treatment() == ExtractColumn.Treatment.PSEUDONYMISE) {
            return "3f9a0c5e1d7b2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d";
        }
        return switch (column.type()) {
            case "integer" -> 42;
            case "number" -> 2.5;
            case "boolean" -> true;
            case "date" -> "2025-03-14";
            case "date-time" -> "2025-03-14T09:30:00Z";
            default -> column.name().toLowerCase().contains("council") ? "E06000047" : "…";
        };
    }

    private static String pascal(String name) {
        StringBuilder pascal = new StringBuilder();
        for (String part : name.split("-")) {
            pascal.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return pascal.toString();
    }
}
