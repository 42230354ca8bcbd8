package uk.gov.local.sectorsupport.council;

/** Example bodies for the OpenAPI document. */
final class CouncilExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "gssCode": "E09000002", "name": "Barking and Dagenham", "type": "london-borough",
                  "typeLabel": "London borough", "region": "london", "regionLabel": "London",
                  "nation": "england", "nationLabel": "England", "current": true
                }
              ],
              "page": 1, "size": 1, "totalItems": 33, "totalPages": 33
            }""";

    static final String DETAIL = """
            {
              "gssCode": "E06000063", "name": "Cumberland", "officialName": "Cumberland Council",
              "localAuthorityCode": "CBD", "type": "unitary", "typeLabel": "Unitary authority",
              "region": "north-west", "regionLabel": "North West", "nation": "england", "nationLabel": "England",
              "startDate": "2023-04-01", "current": true,
              "predecessors": [
                { "gssCode": "E07000026", "name": "Allerdale", "endDate": "2023-03-31" },
                { "gssCode": "E07000028", "name": "Carlisle", "endDate": "2023-03-31" },
                { "gssCode": "E07000029", "name": "Copeland", "endDate": "2023-03-31" },
                { "gssCode": "E10000006", "name": "Cumbria", "endDate": "2023-03-31" }
              ],
              "successors": []
            }""";

    private CouncilExamples() {
    }
}
