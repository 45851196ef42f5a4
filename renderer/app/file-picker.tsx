/**
 * A file picker drawn like the app's other buttons: the real `<input type="file">` stays in the
 * page (keyboard focus, the screen reader's name, the OS dialog) but is not drawn; its label is
 * the button the engineer sees, and shows the focus ring when the input has focus.
 */
export function FilePicker({
  id,
  name,
  text,
  accept,
  multiple = false,
  disabled = false,
  onFiles,
}: {
  id: string;
  /** What a screen reader announces (the whole purpose, with the accepted kinds). */
  name: string;
  /** The button's visible words. */
  text: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}) {
  return (
    <span className="file-picker">
      <input
        id={id}
        type="file"
        className="file-input"
        aria-label={name}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          // The same file chosen again must fire again (after a failed attempt, say).
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="file-button" aria-hidden="true">
        {text}
      </label>
    </span>
  );
}
