import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import { BehaviorSubject } from 'rxjs';

import { click } from '../../testing/dom';
import { PageState, PagedResponse, PagedTable } from './paged-table';
import { PagedTablePaginator } from './paged-table-paginator';

@Component({
  imports: [MatPaginatorModule, PagedTablePaginator],
  template: `<mat-paginator [appPagedTable]="table" [pageSizeOptions]="[10, 25, 50]" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly pages: PageState[] = [];
  readonly table = new PagedTable<number, string>({
    filters: () => 0,
    load: (_, page) => {
      this.pages.push(page);
      return new BehaviorSubject<PagedResponse<string>>({ items: ['a'], totalCount: 60 });
    },
  });
}

describe('PagedTablePaginator', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  function rangeLabel(): string {
    const element = fixture.nativeElement as HTMLElement;
    return element.querySelector('.mat-mdc-paginator-range-label')?.textContent?.trim() ?? '';
  }

  it("shows the table's page, size and count", () => {
    expect(rangeLabel()).toBe('1 – 25 of 60');
  });

  it('pages the table when the user pages', async () => {
    const element = fixture.nativeElement as HTMLElement;
    click(element.querySelector('.mat-mdc-paginator-navigation-next'));
    await fixture.whenStable();

    expect(fixture.componentInstance.table.page()).toEqual({ index: 1, size: 25 });
    expect(fixture.componentInstance.pages.at(-1)).toEqual({ index: 1, size: 25 });
    expect(rangeLabel()).toBe('26 – 50 of 60');
  });
});
