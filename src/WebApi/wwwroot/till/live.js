// The till's ear on the hub (/hubs/notifications): the seller and each of its cashiers are told payment_request_paid.
const HUB = '/hubs/notifications';

/** Connects and stays connected until stop(); onPaid(requestId) for each paid request of this till. */
export function connectLive({ token, onPaid, onReconnected }) {
  const { signalR } = window;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(HUB, { accessTokenFactory: () => token() ?? '' })
    .withAutomaticReconnect([0, 2000, 5000, 10000])
    .configureLogging(signalR.LogLevel.None)
    .build();
  let stopped = false;
  let retry = null;

  connection.on('notification', notification => {
    if (notification.kind === 'payment_request_paid') onPaid(notification.reference);
  });
  connection.onreconnecting(() => state('reconnecting'));
  connection.onreconnected(() => { state('live'); onReconnected(); });
  connection.onclose(() => { if (!stopped) schedule(); });

  async function start() {
    state('connecting');
    try {
      await connection.start();
      state('live');
      onReconnected();
    } catch (error) {
      if (!stopped && error?.statusCode !== 401) schedule(); else state('offline');
    }
  }

  function schedule() {
    state('offline');
    clearTimeout(retry);
    retry = setTimeout(start, 5000);
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
