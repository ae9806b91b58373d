import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  forwardRef,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

/** The formatting the toolbar offers, as document.execCommand names. */
export const RICH_TEXT_COMMANDS = [
  { command: 'bold', label: 'Bold', text: 'B' },
  { command: 'italic', label: 'Italic', text: 'I' },
  { command: 'insertUnorderedList', label: 'Bulleted list', text: '•' },
  { command: 'insertOrderedList', label: 'Numbered list', text: '1.' },
  { command: 'formatBlock:h3', label: 'Heading', text: 'H' },
  { command: 'formatBlock:p', label: 'Paragraph', text: '¶' },
] as const;

/**
 * Rich text without a package: a contenteditable area with a small toolbar. The host sanitizes what it
 * receives, so the HTML here is only a draft of what the storefront shows.
 */
@Component({
  selector: 'app-rich-text-editor',
  template: `
    <div class="rich-text" [class.disabled]="disabled()">
      <div class="toolbar" role="toolbar" [attr.aria-label]="label() + ' formatting'">
        @for (c of commands; track c.command) {
          <button
            type="button"
            [attr.aria-label]="c.label"
            [title]="c.label"
            [disabled]="disabled()"
            (mousedown)="$event.preventDefault()"
            (click)="run(c.command)"
          >
            {{ c.text }}
          </button>
        }
        <button
          type="button"
          aria-label="Link"
          title="Link"
          [disabled]="disabled()"
          (mousedown)="$event.preventDefault()"
          (click)="link()"
        >
          Link
        </button>
      </div>
      <div
        #area
        class="area"
        role="textbox"
        aria-multiline="true"
        [attr.aria-label]="label()"
        [attr.contenteditable]="!disabled()"
        (input)="changed()"
        (blur)="onTouched()"
      ></div>
    </div>
  `,
  styles: `
    .rich-text {
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
    }
    .toolbar {
      display: flex;
      gap: 4px;
      padding: 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .toolbar button {
      min-width: 32px;
      height: 28px;
      border: 0;
      border-radius: 4px;
      background: transparent;
      font-weight: 600;
      cursor: pointer;
    }
    .toolbar button:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .area {
      min-height: 140px;
      padding: 8px 12px;
      outline: none;
    }
    .disabled .area {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => RichTextEditor), multi: true },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RichTextEditor implements ControlValueAccessor, AfterViewInit {
  readonly label = input('Description');
  protected readonly commands = RICH_TEXT_COMMANDS;
  protected readonly disabled = signal(false);
  private readonly area = viewChild<ElementRef<HTMLElement>>('area');
  /** The value written before the view existed. */
  private pending = '';
  private onChange: (value: string) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  writeValue(value: string | null): void {
    this.pending = value ?? '';
    const area = this.area();
    if (area) {
      area.nativeElement.innerHTML = this.pending;
    }
  }

  ngAfterViewInit(): void {
    this.area()!.nativeElement.innerHTML = this.pending;
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected run(command: string): void {
    const [name, value] = command.split(':');
    this.area()!.nativeElement.focus();
    document.execCommand(name, false, value);
    this.changed();
  }

  protected link(): void {
    const url = window.prompt('Link address (https://…)');
    if (url && /^(https?:|mailto:|\/)/i.test(url.trim())) {
      this.run(`createLink:${url.trim()}`);
    }
  }

  protected changed(): void {
    const html = this.area()!.nativeElement.innerHTML;
    this.onChange(html === '<br>' ? '' : html);
  }
}
