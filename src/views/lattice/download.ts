/**
 * Saves a Blob as a file: a temporary object URL on a hidden <a download>, clicked, then revoked.
 * (Browser-only: the views layer may touch the DOM; lib/ may not.)
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke after the click has been handled (some browsers read the URL asynchronously).
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** A file-name-safe stem from a formula: 'Cs0.5FA0.5PbI3' → 'Cs0.5FA0.5PbI3' (only [A-Za-z0-9._-] kept). */
export function fileStem(formula: string): string {
  const stem = formula.replace(/[^A-Za-z0-9._-]/g, '');
  return stem.length > 0 ? stem : 'structure';
}
