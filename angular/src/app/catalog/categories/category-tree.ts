import { CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { filter, switchMap } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiCatalogCategoriesGet } from '../../api/generated/fn/categories/api-catalog-categories-get';
import { apiCatalogCategoriesIdDelete } from '../../api/generated/fn/categories/api-catalog-categories-id-delete';
import { apiCatalogCategoriesIdGet } from '../../api/generated/fn/categories/api-catalog-categories-id-get';
import { apiCatalogCategoriesIdMovePost } from '../../api/generated/fn/categories/api-catalog-categories-id-move-post';
import { apiCatalogCategoriesIdPut } from '../../api/generated/fn/categories/api-catalog-categories-id-put';
import { CategoryDto } from '../../api/generated/models/category-dto';
import { ConfigService } from '../../core/config/config.service';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { Permissions } from '../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/confirm-dialog/confirm-dialog';
import { CategoryMove, FlatCategory, computeMove, flattenTree } from '../shared/catalog-logic';
import { CategoryDialog, CategoryDialogData } from './category-dialog';

/**
 * The category tree: drag a row to move it (before the row it is dropped on, or into it with "Drop into"), add
 * a child, edit, hide or show, delete (the host refuses a category with subcategories and says why).
 */
@Component({
  selector: 'app-category-tree',
  imports: [DragDropModule, MatButtonModule, MatMenuModule, MatProgressBarModule],
  templateUrl: './category-tree.html',
  styleUrl: './category-tree.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CategoryTree {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly canCreate = computed(() =>
    this.config.isGranted(Permissions.CategoriesCreate),
  );
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.CategoriesEdit));
  protected readonly canDelete = computed(() =>
    this.config.isGranted(Permissions.CategoriesDelete),
  );

  protected readonly tree = rxResource({ stream: () => this.api.invoke(apiCatalogCategoriesGet) });
  protected readonly rows = computed(() =>
    this.tree.hasValue() ? flattenTree(this.tree.value() ?? []) : [],
  );
  /** With it on, a drop makes the dragged category a child of the row it is dropped on. */
  protected readonly dropInto = signal(false);
  protected readonly moving = signal(false);

  constructor() {
    effect(() => {
      const error = this.tree.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected drop(event: CdkDragDrop<FlatCategory[]>): void {
    const move = computeMove(this.rows(), event.previousIndex, event.currentIndex, this.dropInto());
    if (move) {
      this.move(move, this.rows()[event.previousIndex]);
    }
  }

  /** One level up: after its parent, among the parent's siblings. */
  protected outdent(row: FlatCategory): void {
    const parent = this.rows().find((r) => r.id === row.parentId);
    if (parent) {
      this.move({ id: row.id, parentId: parent.parentId, position: parent.index + 1 }, row);
    }
  }

  /** Into the sibling above, as its last child. */
  protected indent(row: FlatCategory): void {
    const above = this.rows().find((r) => r.parentId === row.parentId && r.index === row.index - 1);
    if (above) {
      this.move({ id: row.id, parentId: above.id, position: above.childCount }, row);
    }
  }

  protected add(parent?: FlatCategory): void {
    const data: CategoryDialogData = { parentId: parent?.id ?? null, parentName: parent?.name };
    this.openDialog(data, 'added');
  }

  protected edit(row: FlatCategory): void {
    this.openDialog({ id: row.id }, 'saved');
  }

  protected toggleHidden(row: FlatCategory): void {
    this.api
      .invoke(apiCatalogCategoriesIdGet, { id: row.id })
      .pipe(
        switchMap((category) =>
          this.api.invoke(apiCatalogCategoriesIdPut, {
            id: row.id,
            body: {
              name: category.name,
              handle: category.handle,
              description: category.description,
              isHidden: !category.isHidden,
              version: category.version,
            },
          }),
        ),
      )
      .subscribe({
        next: (category) => {
          this.notifier.success(`${category.name} is ${category.isHidden ? 'hidden' : 'shown'}.`);
          this.tree.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  protected remove(row: FlatCategory): void {
    const data: ConfirmDialogData = {
      title: `Delete ${row.name}?`,
      message: 'Its products stay, without this category.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.invoke(apiCatalogCategoriesIdDelete, { id: row.id })),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${row.name} is deleted.`);
          this.tree.reload();
        },
        // CategoryHasChildren: the host's message says to move or delete the subcategories first.
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  private move(move: CategoryMove, row: FlatCategory): void {
    this.moving.set(true);
    this.api
      .invoke(apiCatalogCategoriesIdMovePost, {
        id: move.id,
        body: { parentId: move.parentId, position: move.position, version: row.version },
      })
      .subscribe({
        next: () => {
          this.moving.set(false);
          this.tree.reload();
        },
        error: (error: unknown) => {
          this.moving.set(false);
          this.notifier.notify(error);
          this.tree.reload();
        },
      });
  }

  private openDialog(data: CategoryDialogData, done: string): void {
    this.dialog
      .open(CategoryDialog, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((category?: CategoryDto) => {
        if (category) {
          this.notifier.success(`${category.name} is ${done}.`);
          this.tree.reload();
        }
      });
  }
}
