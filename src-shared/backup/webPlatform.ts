// The slices of the web platform the workspace file needs. Chromium and Node 20 both have them
// as globals, but src-shared compiles without DOM types, so they are typed here, narrowly.
type StreamReader = { read(): Promise<{ done: boolean; value?: Uint8Array }>; releaseLock(): void };
type StreamWriter = { write(chunk: Uint8Array): Promise<void>; close(): Promise<void>; abort(reason?: unknown): Promise<void> };
export type ByteTransform = { readable: { getReader(): StreamReader }; writable: { getWriter(): StreamWriter } };

export type CryptoKeyHandle = { readonly type: string };
type AesGcmParams = { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array };

export type WebPlatform = {
  setTimeout(callback: () => void, ms: number): unknown;
  CompressionStream: new (format: 'gzip') => ByteTransform;
  DecompressionStream: new (format: 'gzip') => ByteTransform;
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(bytes?: Uint8Array, options?: { stream: boolean }): string };
  crypto: {
    getRandomValues<T extends Uint8Array>(array: T): T;
    subtle: {
      digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
      importKey(format: 'raw', key: Uint8Array, algorithm: 'PBKDF2', extractable: false, usages: ['deriveKey']): Promise<CryptoKeyHandle>;
      deriveKey(
        algorithm: { name: 'PBKDF2'; salt: Uint8Array; iterations: number; hash: 'SHA-256' },
        baseKey: CryptoKeyHandle,
        derivedKey: { name: 'AES-GCM'; length: 256 },
        extractable: false,
        usages: Array<'encrypt' | 'decrypt'>,
      ): Promise<CryptoKeyHandle>;
      encrypt(algorithm: AesGcmParams, key: CryptoKeyHandle, data: Uint8Array): Promise<ArrayBuffer>;
      decrypt(algorithm: AesGcmParams, key: CryptoKeyHandle, data: Uint8Array): Promise<ArrayBuffer>;
    };
  };
};

export const webPlatform = globalThis as unknown as WebPlatform;

// A macrotask break: reading a stream whose data is all there resolves in microtasks only, so
// without one a whole file would be decoded in one long task.
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => webPlatform.setTimeout(resolve, 0));
}
