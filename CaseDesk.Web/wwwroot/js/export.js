// Downloads an export with progress: fetch() streams the response body, progress goes to .NET through a
// DotNetObjectReference (bytes, CSV lines, Content-Length), and the finished file is saved through an object URL.
// The browser has to hold the file once (as a Blob); the server never holds more than a few rows.

const downloads = new Map();
const reportEveryMs = 200;

/**
 * Fetches `url` and saves the response as a file. Returns { ok, status, aborted, fileName, bytes, lines }.
 * `status` is 401 when the session has ended (the sign-in redirect is not followed).
 */
export async function download(id, url, progress) {
    const controller = new AbortController();
    downloads.set(id, controller);
    try {
        const response = await fetch(url, {
            signal: controller.signal,
            credentials: 'same-origin',
            redirect: 'manual',
            cache: 'no-store',
        });
        if (response.type === 'opaqueredirect') {
            return { ok: false, status: 401, aborted: false };
        }
        if (!response.ok || !response.body) {
            return { ok: false, status: response.status, aborted: false };
        }

        const total = Number(response.headers.get('Content-Length')) || 0;
        const reader = response.body.getReader();
        const chunks = [];
        let bytes = 0;
        let lines = 0;
        let lastReport = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done) {
                break;
            }
            chunks.push(value);
            bytes += value.length;
            lines += countLineFeeds(value);
            const now = performance.now();
            if (now - lastReport >= reportEveryMs) {
                lastReport = now;
                // Not awaited: the download must not wait for the circuit.
                progress.invokeMethodAsync('OnProgress', bytes, lines, total).catch(() => { });
            }
        }

        const fileName = fileNameOf(response.headers.get('Content-Disposition')) ?? 'kasus';
        save(new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' }), fileName);
        return { ok: true, status: response.status, aborted: false, fileName, bytes, lines };
    } catch (error) {
        const aborted = error?.name === 'AbortError';
        return { ok: false, status: 0, aborted };
    } finally {
        downloads.delete(id);
    }
}

/** Cancels a running download (the server sees the request aborted and stops reading rows). */
export function abort(id) {
    downloads.get(id)?.abort();
}

function countLineFeeds(bytes) {
    let count = 0;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 10) {
            count++;
        }
    }
    return count;
}

// attachment; filename=kasus-2026-11-23.csv; filename*=UTF-8''kasus-2026-11-23.csv
function fileNameOf(disposition) {
    if (!disposition) {
        return null;
    }
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (star) {
        return decodeURIComponent(star[1]);
    }
    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1] : null;
}

function save(blob, fileName) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoked later: some browsers start reading the object URL only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
