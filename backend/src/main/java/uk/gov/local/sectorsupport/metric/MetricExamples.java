package uk.gov.local.sectorsupport.metric;

/** Examples for the OpenAPI document. */
final class MetricExamples {

    static final String UPDATE = """
            {"label": "Councils engaged in a CPC, FPC or GPC", "section": "Peer challenge", "position": 10,
             "kind": "councils-engaged", "unit": "councils",
             "definition": {"activity": "peer-challenge", "peerChallengeTypes": ["cpc", "fpc", "gpc"]},
             "sentence": "{value} councils engaged in a corporate, finance or governance peer challenge"}""";

    static final String VIEW = """
            {"key": "councils-engaged-in-cpc-fpc-gpc", "label": "Councils engaged in a CPC, FPC or GPC",
             "section": "Peer challenge", "position": 10, "kind": "councils-engaged",
             "kindLabel": "Distinct councils engaged", "unit": "councils",
             "definition": {"activity": "peer-challenge", "peerChallengeTypes": ["cpc", "fpc", "gpc"]},
             "sentence": "{value} councils engaged in a corporate, finance or governance peer challenge",
             "version": 1, "updatedAt": "2026-11-30T09:15:02Z"}""";

    private MetricExamples() {
    }
}
