// An in-app link: a real <a href> (it works without JavaScript and for screen readers) that navigates
// through the History API.
import type { ComponentChildren } from 'preact';
import { navigate } from '../lib/router';

export function Link(props: { href: string; hash?: string; class?: string; children: ComponentChildren }) {
  const href = props.hash ? `${props.href}#${props.hash}` : props.href;
  return (
    <a
      href={href}
      class={props.class}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
          return;
        }
        event.preventDefault();
        navigate(props.href, props.hash ? { hash: props.hash } : {});
      }}
    >
      {props.children}
    </a>
  );
}
