package uk.gov.local.sectorsupport.report;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSection", requiredProperties = { "title", "figures" })
public record ReportSection(@Schema(example = "Peer challenge") String title, List<ReportFigure> figures) {
}
