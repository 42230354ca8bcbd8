package uk.gov.local.sectorsupport.extract;

/** Examples for the OpenAPI document. */
final class ExtractExamples {

    static final String CATALOGUE = """
            [{"name": "survey-responses", "description": "Feedback on events, peer challenges, engagements and cohorts",
              "columns": [{"name": "id", "type": "integer", "description": "Response id"},
                          {"name": "satisfaction", "type": "integer", "description": "1 very dissatisfied to 5 very satisfied"}],
              "rows": 5609, "lastChangedAt": "2026-11-30T09:15:02.417Z", "incremental": true,
              "filters": ["financialYear", "programme", "theme", "region", "council"],
              "href": "/api/v1/extracts/survey-responses", "formats": ["ndjson", "csv", "json"]}]""";

    static final String NDJSON = """
            {"id":4471,"subjectType":"event","subjectId":311,"respondentRole":"councillor","council":"E06000047","satisfaction":5,"positiveImpact":"yes","increasedConfidence":"yes","wouldRecommend":"yes","comment":"Ask [name] on [phone]","submittedDate":"2025-03-14","organisation":"lga"}
            {"id":4470,"deleted":true,"deletedAt":"2026-11-29T16:02:11.004Z"}
            """;

    static final String CSV = """
            id,subjectType,subjectId,respondentRole,council,satisfaction,positiveImpact,increasedConfidence,wouldRecommend,comment,submittedDate,organisation,externalId,deleted,deletedAt
            4471,event,311,councillor,E06000047,5,yes,yes,yes,"Practical, well paced",2025-03-14,lga,,false,
            """;

    static final String JSON = """
            [{"id":4471,"subjectType":"event","subjectId":311,"respondentRole":"councillor","satisfaction":5,"submittedDate":"2025-03-14","organisation":"lga"}]""";

    static final String COUNTS = """
            {"dataset": "survey-responses", "by": ["region", "financialYear"], "disclosure": "public",
             "cells": [{"values": {"region": "london", "financialYear": "2024-25"}, "count": 212, "withheld": false},
                       {"values": {"region": "north-east", "financialYear": "2024-25"}, "withheld": true}]}""";

    private ExtractExamples() {
    }
}
