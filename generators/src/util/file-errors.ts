/**
 * Which exceptions of reading a user's file are the user's to fix (the file is missing, not
 * permitted, or a folder) rather than a bug of ours. Only these become an `unreadable-file`
 * diagnostic; anything else propagates to the CLI's internal-error path, stack and all.
 */
const userFileCodes: ReadonlySet<string> = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ELOOP']);

/** Whether `error` is a file-system error about the user's file (see `userFileCodes`). */
export function isUnreadableFileError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && userFileCodes.has((error as NodeJS.ErrnoException).code!);
}
