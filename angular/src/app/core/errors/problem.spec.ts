import { HttpErrorResponse } from '@angular/common/http';

import { toProblem } from './problem';

describe('toProblem', () => {
  it('reads the RFC 9457 body the host writes', () => {
    const problem = toProblem(
      new HttpErrorResponse({
        status: 409,
        error: {
          title: "The edition 'Standard' is still the plan of 2 tenant(s).",
          code: 'Commerce:Features:EditionInUse',
          traceId: '00-abc',
        },
      }),
    );
    expect(problem).toMatchObject({
      status: 409,
      code: 'Commerce:Features:EditionInUse',
      title: "The edition 'Standard' is still the plan of 2 tenant(s).",
    });
  });

  it('parses a body that arrived as text', () => {
    const problem = toProblem(
      new HttpErrorResponse({
        status: 400,
        error: '{"title":"One or more fields are invalid.","errors":{"Slug":["x"]}}',
      }),
    );
    expect(problem.errors).toEqual({ Slug: ['x'] });
  });

  it('gives a readable title when there is no problem body', () => {
    expect(toProblem(new HttpErrorResponse({ status: 0 })).title).toContain('could not be reached');
    expect(
      toProblem(new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway' })).title,
    ).toContain('502');
    expect(toProblem(new Error('boom')).status).toBe(0);
  });
});
