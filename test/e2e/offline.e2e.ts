import { expect, test } from './harness/fixtures';

test.describe('the renderer makes no network request', () => {
  test('a full start loads everything from the app origin', async ({ app }) => {
    await expect(app.page.getByRole('heading').first()).toBeVisible();
    expect(app.offOrigin).toEqual([]);
  });

  // The app's CSP already refuses other origins; lifted here, the route must catch them alone.
  test.describe('with the CSP lifted', () => {
    test.use({ bypassCSP: true });
    test('the gate catches a request outside the origin, HTTP or WebSocket, and sends nothing', async ({
      app,
    }) => {
      const outcome = await app.page.evaluate(async () => {
        const http = await fetch('http://203.0.113.7/beacon').then(
          () => 'sent',
          () => 'blocked',
        );
        const ws = await new Promise<string>((resolve) => {
          const socket = new WebSocket('ws://203.0.113.7/socket');
          socket.onopen = () => resolve('open');
          socket.onerror = () => resolve('blocked');
          socket.onclose = () => resolve('blocked');
        });
        return { http, ws };
      });
      expect(outcome).toEqual({ http: 'blocked', ws: 'blocked' });
      expect(app.offOrigin).toEqual(['http://203.0.113.7/beacon', 'ws://203.0.113.7/socket']);
      // Cleared so this test's own probe does not fail it at the end.
      app.offOrigin.length = 0;
    });
  });
});
