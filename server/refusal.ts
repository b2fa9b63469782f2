/**
 * A workspace rule said no (a vote already closed, an item that does not exist). Services throw it;
 * the HTTP layer answers it with the status `reason` stands for and the message as written here.
 */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    readonly reason: 'invalid' | 'not-found' | 'conflict' | 'outdated',
    message: string,
  ) {
    super(message);
  }
}
