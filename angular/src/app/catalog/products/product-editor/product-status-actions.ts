import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';

import { ProductDto } from '../../../api/generated/models/product-dto';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ProductHost, ProductStatusAction } from './product-host';

/**
 * The product's status buttons (activate, move to draft, archive: each but the current status) and delete, which
 * asks first and goes back to the list.
 */
@Component({
  selector: 'app-product-status-actions',
  imports: [MatButtonModule],
  templateUrl: './product-status-actions.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductStatusActions {
  private readonly host = inject(ProductHost);
  private readonly notifier = inject(ProblemNotifier);
  private readonly router = inject(Router);

  readonly product = input.required<ProductDto>();
  readonly canDelete = input(false);
  /** The product as the host answered a status change. */
  readonly changed = output<ProductDto>();

  protected setStatus(action: ProductStatusAction): void {
    this.host.setStatus(this.product(), action).subscribe({
      next: (result) => {
        this.changed.emit(result);
        this.notifier.success(`${result.title} is ${String(result.status).toLowerCase()}.`);
      },
      error: (error: unknown) => this.notifier.notify(error),
    });
  }

  protected remove(): void {
    const product = this.product();
    this.host.confirmDelete(product).subscribe({
      next: () => {
        this.notifier.success(`${product.title} is deleted.`);
        void this.router.navigate(['/catalog/products']);
      },
      error: (error: unknown) => this.notifier.notify(error),
    });
  }
}
