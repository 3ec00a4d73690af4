import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** The message at a dotted path of react-hook-form's nested errors. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  const message = node && typeof node === 'object' ? (node as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}

/** Server-side field errors (`body.shippingAddress.city` → `shippingAddress.city`) shown at the fields of this step. */
export function applyServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, errors: Record<string, string>, owns: (path: string) => boolean) {
  for (const [path, message] of Object.entries(errors)) if (owns(path)) setError(path as Path<T>, { type: 'server', message });
}
