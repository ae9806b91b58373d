import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApplicationConfigurationDto } from '../../api/generated/models/application-configuration-dto';
import { loadConfiguration, withPermissions } from '../../testing/application-configurations';
import { byText, click, type } from '../../testing/dom';
import { NOTIFICATIONS_OWNER, notificationTemplate } from '../../testing/notifications';
import { problem } from '../../testing/problems';
import { pageTestProviders } from '../../testing/providers';
import { PREVIEW_DEBOUNCE_MS } from '../notifications-logic';
import { TemplateEditor } from './template-editor';

const URL = '/api/notifications/templates/s-1';

describe('TemplateEditor', () => {
  let fixture: ComponentFixture<TemplateEditor>;
  let backend: HttpTestingController;

  async function render(configuration: ApplicationConfigurationDto = NOTIFICATIONS_OWNER) {
    TestBed.configureTestingModule({
      imports: [TemplateEditor],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(TemplateEditor);
    fixture.componentRef.setInput('storeId', 's-1');
    fixture.componentRef.setInput('kind', 'OrderShipped');
    TestBed.tick();
    backend.expectOne(URL).flush([
      notificationTemplate(),
      notificationTemplate({
        kind: 'OrderShipped',
        subject: 'On its way',
        isCustomized: true,
        version: 7,
      }),
    ]);
    await settle();
  }

  /** Lets the resources settle and the preview's debounce pass (a pending preview keeps the fixture unstable). */
  async function settle(ms = 0) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    TestBed.tick();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function flushPreview(body: object) {
    const request = backend.expectOne(`${URL}/preview`);
    request.flush({
      subject: '',
      html: '',
      text: '',
      subjectError: null,
      bodyError: null,
      ...body,
    });
    return request;
  }

  it("loads the kind's template and previews it with the server's rendering", async () => {
    await render();
    expect(
      (element().querySelector('input[formcontrolname="subject"]') as HTMLInputElement).value,
    ).toBe('On its way');
    expect(element().querySelector('[data-testid="state"]')?.textContent).toContain(
      'its own template',
    );

    await settle(PREVIEW_DEBOUNCE_MS + 50);
    const request = flushPreview({ subject: 'On its way', html: '<p>Rendered</p>' });
    await settle();

    expect(request.request.body).toEqual({
      kind: 'OrderShipped',
      subject: 'On its way',
      body: '<p>Thanks {{ recipient.name }}</p>',
    });
    expect(element().querySelector('[data-testid="preview-subject"]')?.textContent).toContain(
      'On its way',
    );
    expect(element().querySelector('iframe')?.getAttribute('sandbox')).toBe('');
  });

  it("shows the preview's parse error beside the field while typing", async () => {
    await render();
    await settle(PREVIEW_DEBOUNCE_MS + 50);
    flushPreview({ subject: 'On its way', html: '<p>x</p>' });
    type(element().querySelector('textarea'), '{% if %}');
    await settle(PREVIEW_DEBOUNCE_MS + 50);
    flushPreview({ bodyError: 'Invalid if tag at (1:4)' });
    await settle();

    expect(element().querySelector('mat-error')?.textContent).toContain('Invalid if tag at (1:4)');
  });

  it('saves with the version read, and puts an InvalidTemplate problem on the field', async () => {
    await render();
    await settle(PREVIEW_DEBOUNCE_MS + 50);
    flushPreview({ subject: 'On its way', html: '<p>x</p>' });
    await settle();

    click(byText(element(), 'button', 'Save'));
    const save = backend.expectOne((r) => r.url === URL && r.method === 'PUT');
    expect(save.request.body).toMatchObject({
      kind: 'OrderShipped',
      subject: 'On its way',
      version: 7,
    });
    save.flush(
      ...problem(
        400,
        'Commerce:Notifications:InvalidTemplate',
        'The body is not a valid template: bad tag',
      ),
    );
    await settle();

    expect(element().querySelector('mat-error')?.textContent).toContain(
      'The body is not a valid template',
    );
  });

  it('is read-only without the permission to manage templates', async () => {
    await render(withPermissions(NOTIFICATIONS_OWNER, ['Commerce.Notifications']));
    await settle(PREVIEW_DEBOUNCE_MS + 50);
    flushPreview({ subject: 'On its way', html: '<p>x</p>' });

    expect(byText(element(), 'button', 'Save')).toBeUndefined();
    expect((element().querySelector('textarea') as HTMLTextAreaElement).disabled).toBe(true);
  });
});
