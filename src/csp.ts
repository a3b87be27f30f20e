/**
 * The app's Content-Security-Policy: only our own origin, for everything. Privacy is enforced by
 * the browser, not just promised: no remote script, style, font, image or connection can load.
 * - 'wasm-unsafe-eval' lets TensorFlow.js compile its WebAssembly backend (and nothing else).
 * - 'unsafe-inline' for styles only: Lit and KaTeX set inline styles; styles cannot send data
 *   anywhere because img-src, font-src and connect-src stay locked to 'self'.
 * - blob: for workers and images made on the device (evidence files, exports).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
