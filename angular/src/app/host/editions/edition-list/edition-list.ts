import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { filter, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiHostFeaturesEditionsGet } from '../../../api/generated/fn/editions/api-host-features-editions-get';
import { apiHostFeaturesEditionsIdDelete } from '../../../api/generated/fn/editions/api-host-features-editions-id-delete';
import { EditionDto } from '../../../api/generated/models/edition-dto';
import { ConfigService } from '../../../core/config/config.service';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';

/** The plans the platform sells; each sets the features its tenants get. */
@Component({
  selector: 'app-edition-list',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, RouterLink],
  templateUrl: './edition-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditionList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly columns = ['displayName', 'name', 'actions'];
  protected readonly canCreate = computed(() => this.config.isGranted(Permissions.EditionsCreate));
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.EditionsEdit));
  protected readonly canDelete = computed(() => this.config.isGranted(Permissions.EditionsDelete));
  protected readonly canSeePolicies = computed(() => this.config.isGranted(Permissions.Policies));

  protected readonly editions = rxResource({
    stream: () => this.api.invoke(apiHostFeaturesEditionsGet),
  });
  protected readonly rows = computed(() => (this.editions.hasValue() ? this.editions.value() : []));

  constructor() {
    effect(() => {
      const error = this.editions.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  /** Asks, then deletes; an edition that tenants are still on is refused (409), and the host says why. */
  protected delete(edition: EditionDto): void {
    const data: ConfirmDialogData = {
      title: `Delete ${edition.displayName}?`,
      message: 'The edition is removed for good. Editions that tenants are on cannot be deleted.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.invoke(apiHostFeaturesEditionsIdDelete, { id: edition.id! })),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${edition.displayName} is deleted.`);
          this.editions.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }
}
