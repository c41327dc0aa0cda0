/**
 * Bad input to the program as a whole (a missing file, a binary, a bad date or option): reported as one
 * line naming the input and the reason, never as a stack trace. The CLI maps it to exit code 2.
 */
export class InputError extends Error {
  readonly input: string | undefined;
  constructor(message: string, input?: string) {
    super(message);
    this.name = 'InputError';
    this.input = input;
  }
  /** "input: reason", the one line the CLI prints. */
  line(): string {
    return this.input ? `${this.input}: ${this.message}` : this.message;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof InputError) return error.line();
  if (error instanceof Error) return error.message;
  return String(error);
}
