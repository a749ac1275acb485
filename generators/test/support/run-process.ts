/**
 * Runs a program to the end and returns its exit status with its output, never rejecting: a test
 * then asserts the exit status itself, so a program that could not start (ENOENT) or that failed
 * after printing something cannot pass as "printed nothing".
 */
import { execFile, type ExecFileOptions } from 'node:child_process';

/** How a run ended: `code` is the exit status, or the spawn error's code (`ENOENT`) when it never ran. */
export interface ProcessResult {
  readonly code: number | string;
  readonly stdout: string;
  readonly stderr: string;
}

/** `execFile` that resolves with the exit status and output, whatever the status. */
export function runProcess(file: string, args: readonly string[], options: ExecFileOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024, ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' || typeof error.code === 'string' ? error.code : `signal ${String(error.signal)}`;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
