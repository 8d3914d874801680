// For the route tests only: a page rendered at an address without a browser (preact-iso's own provider
// reads window.location). The address is given, and a route() call is recorded instead of followed.
import type { ComponentChildren } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';

export function AtAddress({
  url,
  path,
  component,
  routed = [],
}: {
  url: string;
  path: string;
  component: preact.AnyComponent;
  routed?: string[];
}): ComponentChildren {
  const u = new URL(url, 'http://localhost');
  const value = {
    url,
    path: u.pathname,
    query: Object.fromEntries(u.searchParams),
    route: (to: string) => void routed.push(to),
    back: () => undefined,
    forward: () => undefined,
  };
  return (
    <LocationProvider.ctx.Provider value={value}>
      {/* The router's children are typed as a list; a test needs one route. */}
      <Router>{[<Route key="page" path={path} component={component} />]}</Router>
    </LocationProvider.ctx.Provider>
  );
}
