import { TestBed } from '@angular/core/testing';

/** Clicks, then lets signals, effects and resources react (as the browser's event loop would). */
export function click(target: Element | null | undefined): void {
  found(target, 'the element to click').click();
  TestBed.tick();
}

/** The first element under `root` matching `selector` whose text is `text` (trimmed). */
export function byText(
  root: ParentNode,
  selector: string,
  text: string | RegExp,
): HTMLElement | undefined {
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).find((element) => {
    const content = element.textContent?.trim() ?? '';
    return typeof text === 'string' ? content === text : text.test(content);
  });
}

/** Types into an input as a user would (value, then the input event). */
export function type(input: Element | null | undefined, value: string): void {
  const element = found(input, 'the input to type into') as HTMLInputElement;
  element.value = value;
  element.dispatchEvent(new Event('input'));
  TestBed.tick();
}

/** Request parameters as a plain object, for comparing a query. */
export function queryOf(params: {
  keys(): string[];
  get(name: string): string | null;
}): Record<string, string> {
  return Object.fromEntries(params.keys().map((key) => [key, String(params.get(key))]));
}

function found(element: Element | null | undefined, what: string): HTMLElement {
  if (!element) {
    throw new Error(`Not found: ${what}`);
  }
  return element as HTMLElement;
}
