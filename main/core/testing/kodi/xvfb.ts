import { startProcess, stopProcess, type Started } from './processes';

export interface Xvfb {
  display: string;
  stop(): Promise<void>;
}

/**
 * Starts Xvfb on a display it picks itself (`-displayfd` writes the number once the server
 * listens), so parallel runs never collide on a display number.
 */
export async function startXvfb(binary = '/usr/bin/Xvfb', timeoutMs = 20_000): Promise<Xvfb> {
  const started: Started = startProcess(binary, ['-displayfd', '3', '-screen', '0', '1280x720x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  started.child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const fd = started.child.stdio[3] as NodeJS.ReadableStream;
  try {
    const number = await new Promise<string>((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`Xvfb did not report a display within ${timeoutMs} ms: ${stderr}`)), timeoutMs);
      fd.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) {
          clearTimeout(timer);
          resolve(text.trim());
        }
      });
      void started.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`Xvfb exited before it listened: ${stderr}`));
      });
    });
    return { display: `:${number}`, stop: () => stopProcess(started, 5_000) };
  } catch (err) {
    await stopProcess(started, 5_000);
    throw err;
  }
}
