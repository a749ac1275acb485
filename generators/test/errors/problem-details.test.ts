import { describe, expect, it } from 'vitest';
import { problemTitle, problemType } from '../../src/emit/problem-facts.js';
import { catalog, entry, sampleCatalog } from '../support/model-fixtures.js';

describe('RFC 9457 type and title', () => {
  const notFound = entry({ key: 'NOT_EXIST_ACCOUNT', code: 1101, message: 'Account {account} does not exist', httpStatus: 404, params: [{ name: 'account', type: 'string' }] });
  const plain = entry({ key: 'RATE_LIMITED', code: 30, message: 'Too many requests', httpStatus: 429 });

  it.each([
    ['with a docs URL: the anchor under it, the constant message as title', sampleCatalog(), plain, 'https://docs.example.com/errors#rate-limited', 'Too many requests'],
    ['with a docs URL and placeholders: the key in words', sampleCatalog(), notFound, 'https://docs.example.com/errors#not-exist-account', 'Not exist account'],
    ['without a docs URL: about:blank and the HTTP status phrase, as RFC 9457 §4.2.1 asks', catalog([plain], { docs: {} }), plain, 'about:blank', 'Too Many Requests'],
    ['without a docs URL, a status with no standard phrase', catalog([entry({ key: 'ODD', code: 1, message: 'odd', httpStatus: 499 })], { docs: {} }), entry({ key: 'ODD', code: 1, message: 'odd', httpStatus: 499 }), 'about:blank', 'HTTP 499'],
  ])('%s', (_name, model, subject, type, title) => {
    expect(problemType(subject, model)).toBe(type);
    expect(problemTitle(subject, model, subject.params.length ? undefined : subject.message)).toBe(title);
  });
});
