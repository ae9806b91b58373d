import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { OrderLineDto } from '../../api/generated/models/order-line-dto';
import { type } from '../../testing/dom';
import { order } from '../../testing/orders';
import { unshipped } from '../order-logic';
import { LineQuantities } from './line-quantities';

const bottle = order().lines[0];
const cap: OrderLineDto = {
  ...bottle,
  id: 'l2',
  productTitle: 'Cap',
  variantTitle: 'Red',
  quantity: 3,
  shippedQuantity: 1,
};

@Component({
  imports: [LineQuantities],
  template: `<app-line-quantities
    [lines]="lines"
    [max]="unshipped"
    action="ship"
    hint="not shipped yet"
    [(quantities)]="quantities"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly lines = [bottle, cap];
  readonly unshipped = unshipped;
  readonly quantities = signal<Record<string, number>>({ l1: 2, l2: 0 });
}

describe('LineQuantities', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  function inputs(): HTMLInputElement[] {
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('input'));
  }

  it('shows a field per line with its title, accessible name, most and hint', () => {
    const element = fixture.nativeElement as HTMLElement;
    expect(
      Array.from(element.querySelectorAll('mat-label')).map((l) => l.textContent?.trim()),
    ).toEqual(['Trail Bottle', 'Cap · Red']);
    expect(inputs().map((i) => i.getAttribute('aria-label'))).toEqual([
      'Quantity to ship of Trail Bottle',
      'Quantity to ship of Cap',
    ]);
    expect(inputs().map((i) => [i.value, i.max])).toEqual([
      ['2', '2'],
      ['0', '2'],
    ]);
    expect(
      Array.from(element.querySelectorAll('mat-hint')).map((h) => h.textContent?.trim()),
    ).toEqual(['2 not shipped yet', '2 not shipped yet']);
  });

  it('writes a typed quantity back to the page, by line id', () => {
    type(inputs()[1], '1');
    expect(fixture.componentInstance.quantities()).toEqual({ l1: 2, l2: 1 });
  });
});
