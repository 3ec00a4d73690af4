// Without a browser to click in, a component test keeps each Button's handler under its accessible name (or text)
// and calls it: `vi.mock('@/components/ui/button', () => import('@/tests/pressable-buttons').then((m) => m.pressableButtons()))`.
import { vi } from 'vitest';
import type * as ButtonModule from '@/components/ui/button';

export const pressed = new Map<string, () => Promise<void>>();

export async function pressableButtons(): Promise<typeof ButtonModule> {
  const real = await vi.importActual<typeof ButtonModule>('@/components/ui/button');
  return {
    ...real,
    Button: (props) => {
      const name = props['aria-label'] ?? (typeof props.children === 'string' ? props.children : undefined);
      if (name && props.onClick) pressed.set(name, props.onClick as unknown as () => Promise<void>);
      return real.Button(props);
    },
  };
}
