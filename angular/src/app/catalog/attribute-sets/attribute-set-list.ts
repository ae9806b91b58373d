import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { filter, switchMap } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiCatalogAttributeSetsGet } from '../../api/generated/fn/attribute-sets/api-catalog-attribute-sets-get';
import { apiCatalogAttributeSetsIdDelete } from '../../api/generated/fn/attribute-sets/api-catalog-attribute-sets-id-delete';
import { AttributeSetDto } from '../../api/generated/models/attribute-set-dto';
import { ConfigService } from '../../core/config/config.service';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { Permissions } from '../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog/confirm-dialog';
import { AttributeSetDialog, AttributeSetDialogData } from './attribute-set-dialog';

/** The product templates: each set's attributes; add, edit, delete (refused while products use it). */
@Component({
  selector: 'app-attribute-set-list',
  imports: [MatButtonModule, MatMenuModule, MatProgressBarModule, MatTableModule],
  template: `
    <div class="page-header">
      <h1>Attribute sets</h1>
      @if (canCreate()) {
        <button matButton="filled" type="button" (click)="add()">Add attribute set</button>
      }
    </div>
    <div class="table-card">
      @if (sets.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading attribute sets" />
      }
      <div class="table-scroll">
        <table mat-table [dataSource]="rows()" aria-label="Attribute sets">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
            <td mat-cell *matCellDef="let set">
              <button matButton type="button" class="set-name" (click)="edit(set)">
                {{ set.name }}
              </button>
            </td>
          </ng-container>
          <ng-container matColumnDef="attributes">
            <th mat-header-cell *matHeaderCellDef scope="col">Attributes</th>
            <td mat-cell *matCellDef="let set">{{ summary(set) }}</td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
            <td mat-cell *matCellDef="let set" class="actions">
              @if (canDelete()) {
                <button
                  matButton
                  type="button"
                  [attr.aria-label]="'Delete ' + set.name"
                  (click)="remove(set)"
                >
                  Delete
                </button>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
              @if (sets.isLoading()) {
                Loading…
              } @else {
                No attribute sets yet. A set lists the attributes products of a kind share, such as
                material or fit.
              }
            </td>
          </tr>
        </table>
      </div>
    </div>
  `,
  styles: `
    .set-name {
      font-weight: 500;
    }
    .actions {
      text-align: end;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttributeSetList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly columns = ['name', 'attributes', 'actions'];
  protected readonly canCreate = computed(() =>
    this.config.isGranted(Permissions.AttributeSetsCreate),
  );
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.AttributeSetsEdit));
  protected readonly canDelete = computed(() =>
    this.config.isGranted(Permissions.AttributeSetsDelete),
  );

  protected readonly sets = rxResource({
    stream: () => this.api.invoke(apiCatalogAttributeSetsGet, { MaxResultCount: 100 }),
  });
  protected readonly rows = computed(() =>
    this.sets.hasValue() ? (this.sets.value()?.items ?? []) : [],
  );

  constructor() {
    effect(() => {
      const error = this.sets.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected summary(set: AttributeSetDto): string {
    return set.attributes.length
      ? set.attributes.map((a) => `${a.label} (${a.type ?? 'Text'})`).join(', ')
      : 'None';
  }

  protected add(): void {
    this.open({}, 'added');
  }

  protected edit(set: AttributeSetDto): void {
    this.open({ set, readOnly: !this.canEdit() }, 'saved');
  }

  protected remove(set: AttributeSetDto): void {
    const data: ConfirmDialogData = {
      title: `Delete ${set.name}?`,
      message: 'Only a set no product uses can be deleted.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.invoke(apiCatalogAttributeSetsIdDelete, { id: set.id! })),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${set.name} is deleted.`);
          this.sets.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  private open(data: AttributeSetDialogData, done: string): void {
    this.dialog
      .open(AttributeSetDialog, { data, width: '760px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((set?: AttributeSetDto) => {
        if (set) {
          this.notifier.success(`${set.name} is ${done}.`);
          this.sets.reload();
        }
      });
  }
}
