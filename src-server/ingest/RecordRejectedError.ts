// Ingested fields that the table's schema refuses; answered with 400 and this reason.
export class RecordRejectedError extends Error {
  override readonly name = 'RecordRejectedError';
  readonly statusCode = 400;
}
