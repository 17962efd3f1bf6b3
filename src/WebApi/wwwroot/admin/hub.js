// A page's connection to the notification hub (/hubs/notifications, the token in the access_token query string):
// it reconnects by itself, starts again after a failed start (not after a 401: the session ended), and shows its
// state in the page's #feed-state pill.
const HUB = '/hubs/notifications';

/** Connects and keeps the connection up until stop(); onLive runs each time it is (again) connected. */
export function connectHub({ token, events, onLive = () => {} }) {
  const { signalR } = window;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(HUB, { accessTokenFactory: () => token() ?? '' })
    .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
    .configureLogging(signalR.LogLevel.None)
    .build();
  let stopped = false;
  let retry = null;

  for (const [event, handler] of Object.entries(events)) connection.on(event, handler);
  connection.onreconnecting(() => state('reconnecting'));
  connection.onreconnected(() => { state('live'); onLive(); });
  connection.onclose(() => { if (!stopped) schedule(5000); });

  async function start() {
    state('connecting');
    try {
      await connection.start();
      state('live');
      onLive();
    } catch (error) {
      // 401: the session ended, and the next API call sends the user back to the sign-in page.
      if (!stopped && error?.statusCode !== 401) schedule(5000);
      else state('offline');
    }
  }

  function schedule(delay) {
    state('offline');
    clearTimeout(retry);
    retry = setTimeout(start, delay);
  }

  start();
  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      state('offline');
      return connection.stop();
    },
  };
}

function state(name) {
  const pill = document.getElementById('feed-state');
  pill.textContent = name;
  pill.className = `pill ${name}`;
}
