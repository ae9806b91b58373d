import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';

import { ProblemNotifier } from './problem-notifier';

describe('ProblemNotifier', () => {
  let open: ReturnType<typeof vi.fn>;
  let notifier: ProblemNotifier;
  const form = () => new FormGroup({ slug: new FormControl('') });

  beforeEach(() => {
    open = vi.fn();
    TestBed.configureTestingModule({ providers: [{ provide: MatSnackBar, useValue: { open } }] });
    notifier = TestBed.inject(ProblemNotifier);
  });

  it('shows field errors next to the fields, without a snack bar', () => {
    const f = form();
    notifier.notifyForm(
      new HttpErrorResponse({
        status: 400,
        error: { title: 'One or more fields are invalid.', errors: { Slug: ['Bad.'] } },
      }),
      f,
    );
    expect(f.controls.slug.getError('server')).toBe('Bad.');
    expect(open).not.toHaveBeenCalled();
  });

  it('shows other problems as a snack bar with their title', () => {
    notifier.notifyForm(
      new HttpErrorResponse({
        status: 409,
        error: {
          title: "The slug 'demo' is taken by another store account.",
          code: 'Commerce:MultiTenancy:DuplicateTenantSlug',
        },
      }),
      form(),
    );
    expect(open).toHaveBeenCalledWith(
      "The slug 'demo' is taken by another store account.",
      'Dismiss',
      expect.anything(),
    );
  });

  it('shows field errors no control matches as a snack bar', () => {
    notifier.notifyForm(
      new HttpErrorResponse({
        status: 400,
        error: { title: 'Invalid.', errors: { input: ['The input field is required.'] } },
      }),
      form(),
    );
    expect(open).toHaveBeenCalledWith('The input field is required.', 'Dismiss', expect.anything());
  });

  it("shows a page's own warning as long as a problem", () => {
    notifier.warn('Some fields need attention.');
    expect(open).toHaveBeenCalledWith('Some fields need attention.', 'Dismiss', { duration: 8000 });
  });
});
