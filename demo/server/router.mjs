// A tiny method + path-pattern router. Patterns use :name segments: '/api/notifications/:id/read'.

export class Router {
  #routes = [];

  /** @param {string} method @param {string} pattern @param {(req, res, params: Record<string,string>, url: URL) => unknown} handler */
  add(method, pattern, handler) {
    const names = [];
    const source = pattern
      .split('/')
      .map((part) => {
        if (part.startsWith(':')) {
          names.push(part.slice(1));
          return '([^/]+)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.#routes.push({ method, regex: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  get(pattern, handler) {
    return this.add('GET', pattern, handler);
  }

  post(pattern, handler) {
    return this.add('POST', pattern, handler);
  }

  /** Finds the handler for a request, or undefined. A path that matches with another method answers 405. */
  match(method, pathname) {
    let methodMismatch = false;
    for (const route of this.#routes) {
      const found = route.regex.exec(pathname);
      if (!found) continue;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
        methodMismatch = true;
        continue;
      }
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { handler: route.handler, params };
    }
    return methodMismatch ? { methodNotAllowed: true } : undefined;
  }
}
