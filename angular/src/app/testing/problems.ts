/** Test data: problems (RFC 9457) as the host answers them, for `TestRequest.flush(body, options)`. */
export function problem(
  status: number,
  code: string,
  title: string,
): [body: object, options: { status: number; statusText: string }] {
  return [
    { status, code, title },
    { status, statusText: 'Error' },
  ];
}
