import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { OrderLineDto } from '../../api/generated/models/order-line-dto';

/**
 * A quantity field per order line, up to what the action allows of it ("Quantity to ship of …", "2 not shipped
 * yet"). Its fields stand in the dialog's form as if written there (the host element lays nothing out).
 */
@Component({
  selector: 'app-line-quantities',
  imports: [MatFormFieldModule, MatInputModule],
  templateUrl: './line-quantities.html',
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineQuantities {
  readonly lines = input.required<readonly OrderLineDto[]>();
  /** The most of a line the action may take. */
  readonly max = input.required<(line: OrderLineDto) => number>();
  /** The action's verb, for each field's accessible name: "ship" gives "Quantity to ship of T-shirt". */
  readonly action = input.required<string>();
  /** What the most is, after its number in the hint: "not shipped yet", "refundable". */
  readonly hint = input.required<string>();
  /** Quantity per line id. */
  readonly quantities = model.required<Record<string, number>>();

  protected setQuantity(lineId: string, value: string): void {
    this.quantities.update((q) => ({ ...q, [lineId]: Number(value) }));
  }
}
