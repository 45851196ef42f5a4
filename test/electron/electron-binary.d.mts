/** Path to the Electron executable, or null when it is not installed (nothing is downloaded). */
export function electronBinary(): string | null;
