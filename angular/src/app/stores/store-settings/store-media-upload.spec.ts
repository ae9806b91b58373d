import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { byText, click } from '../../testing/dom';
import { problem } from '../../testing/problems';
import { storeUrl } from '../shared/validators';
import { StoreMediaUpload } from './store-media-upload';

const UPLOAD_URL = '/api/stores/s-1/media';
const MEDIA_URL = '/media/store-media/t-1/m-1/1920.png';

describe('StoreMediaUpload', () => {
  let fixture: ComponentFixture<StoreMediaUpload>;
  let backend: HttpTestingController;
  let control: FormControl<string>;

  async function render(value = '', canEdit = true) {
    TestBed.configureTestingModule({
      imports: [StoreMediaUpload],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    control = new FormControl(value, { nonNullable: true, validators: [storeUrl] });
    fixture = TestBed.createComponent(StoreMediaUpload);
    fixture.componentRef.setInput('storeId', 's-1');
    fixture.componentRef.setInput('control', control);
    fixture.componentRef.setInput('label', 'logo');
    fixture.componentRef.setInput('canEdit', canEdit);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function preview(): string | null {
    return element().querySelector('[data-testid="media-preview"]')?.getAttribute('src') ?? null;
  }

  /** Picks a file in the hidden file input, as the browser's file dialog would. */
  function pick(file: File): void {
    const picker = element().querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(picker, 'files', { value: [file], configurable: true });
    picker.dispatchEvent(new Event('change'));
    TestBed.tick();
  }

  it('uploads the picked file as multipart and fills the field with the address, previewing it', async () => {
    await render();
    expect(preview()).toBeNull();
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' });

    pick(file);
    const request = backend.expectOne(UPLOAD_URL);
    expect(request.request.method).toBe('POST');
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(byText(element(), 'button', 'Uploading…')?.hasAttribute('disabled')).toBe(true);
    request.flush({
      id: 'm-1',
      url: MEDIA_URL,
      contentType: 'image/png',
      width: 300,
      height: 100,
    });
    await fixture.whenStable();

    expect(control.value).toBe(MEDIA_URL);
    expect(control.dirty).toBe(true);
    expect(preview()).toBe(MEDIA_URL);
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });

  it('names a refused file with the host reason and leaves the field as it was', async () => {
    await render('https://cdn.example.com/logo.png');

    pick(new File(['not a picture'], 'notes.png', { type: 'image/png' }));
    backend
      .expectOne(UPLOAD_URL)
      .flush(
        ...problem(
          400,
          'Commerce:Media:NotAnImage',
          'The file is not a JPEG, PNG, WebP or GIF image.',
        ),
      );
    await fixture.whenStable();

    expect(element().querySelector('[role="alert"]')?.textContent).toBe(
      'notes.png: The file is not a JPEG, PNG, WebP or GIF image.',
    );
    expect(control.value).toBe('https://cdn.example.com/logo.png');
    expect(control.dirty).toBe(false);
    expect(byText(element(), 'button', 'Upload')?.hasAttribute('disabled')).toBe(false);
  });

  it('previews a typed address once it is a valid one', async () => {
    await render();

    control.setValue('javascript:alert(1)');
    await fixture.whenStable();
    expect(preview()).toBeNull();

    control.setValue('/banner.png');
    await fixture.whenStable();
    expect(preview()).toBe('/banner.png');
  });

  it('offers no upload without the permission to edit the store', async () => {
    await render(MEDIA_URL, false);

    expect(byText(element(), 'button', 'Upload')).toBeUndefined();
    expect(element().querySelector('input[type="file"]')).toBeNull();
    expect(preview()).toBe(MEDIA_URL);
  });

  it('opens the file dialog from the Upload button', async () => {
    await render();
    const picker = element().querySelector('input[type="file"]') as HTMLInputElement;
    const opened = vi.spyOn(picker, 'click');

    click(byText(element(), 'button', 'Upload'));

    expect(opened).toHaveBeenCalled();
    expect(picker.getAttribute('accept')).toBe('image/jpeg,image/png,image/webp,image/gif');
  });
});
