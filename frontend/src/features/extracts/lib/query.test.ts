import { describe, expect, it } from 'vitest';

import { checkChoices, curlCommand, extractFilename, extractQuery, extractUrl, parseChoices } from './query';

const surveyResponses = {
  name: 'survey-responses',
  filters: ['financialYear', 'programme', 'theme', 'region', 'council'],
  incremental: true,
};
const councils = { name: 'councils', filters: ['council', 'region'], incremental: false };

describe('extract queries', () => {
  it('reads the choices and the format from the URL, CSV by default', () => {
    expect(parseChoices('?financialYear=2024-25&region=+london+&page=2')).toEqual({
      choices: { financialYear: '2024-25', region: 'london' },
      format: 'csv',
    });
    expect(parseChoices('?format=ndjson').format).toBe('ndjson');
    expect(parseChoices('?format=xml').format).toBe('csv');
  });

  it('sends only the filters that apply, trimmed, the council in capitals', () => {
    const choices = { financialYear: '2024-25', region: 'london', council: ' e06000047 ', theme: '', updatedSince: 'x' };
    expect(extractQuery(surveyResponses, choices)).toEqual({
      financialYear: '2024-25',
      region: 'london',
      council: 'E06000047',
      updatedSince: 'x',
    });
    expect(extractQuery(councils, choices)).toEqual({ region: 'london', council: 'E06000047' });
  });

  it('names the file after the dataset and the filters', () => {
    expect(extractFilename('survey-responses', { financialYear: '2024-25' }, 'csv')).toBe('survey-responses-2024-25.csv');
    expect(extractFilename('events', {}, 'ndjson')).toBe('events.ndjson');
    expect(
      extractFilename('events', { programme: 'springboard', updatedSince: '2026-11-30T09:15:02.417Z' }, 'json'),
    ).toBe('events-springboard-changes-since-2026-11-30T091502417Z.json');
    expect(extractFilename('events', { council: 'E06000047/../x' }, 'csv')).toBe('events-E06000047x.csv');
  });

  it('writes the curl command with the format first and every value quoted for the shell', () => {
    const url = extractUrl('http://localhost:8080/', 'survey-responses', { financialYear: '2024-25', theme: "it's" }, 'csv');
    expect(url).toBe('http://localhost:8080/api/v1/extracts/survey-responses?format=csv&financialYear=2024-25&theme=it%27s');
    expect(curlCommand("http://host/x?a=1&b='2'", 'survey-responses.csv')).toBe(
      `curl -sS --compressed -H "Authorization: Bearer $TOKEN" -o survey-responses.csv 'http://host/x?a=1&b='\\''2'\\'''`,
    );
  });

  it('wants a council as a GSS code', () => {
    expect(checkChoices({ council: 'E06000047' })).toEqual([]);
    expect(checkChoices({ council: 'CUMBRIA' })).toEqual([
      { field: 'council', message: 'must be a GSS code, a letter and 8 digits such as E06000047' },
    ]);
  });
});
