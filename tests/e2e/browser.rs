//! ChromeDriver + headless Chromium, one fresh profile per test, and helpers every test uses.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Outcome = Result<(), Error>;

/// A chromedriver process; `stop` ends it.
pub struct Driver {
    child: Mutex<Child>,
    pub port: u16,
}

impl Driver {
    pub fn start() -> Result<Driver, Error> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {binary}: {e} (run scripts/setup.sh --test)"))?;
        let driver = Driver {
            child: Mutex::new(child),
            port,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err("chromedriver did not start listening within 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(driver)
    }
}

impl Driver {
    /// Ends the chromedriver process (and with it any browser left open).
    pub fn stop(&self) {
        if let Ok(mut child) = self.child.lock() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

static PROFILE: AtomicU32 = AtomicU32::new(0);

/// A browser session with its own empty profile directory.
pub struct Browser {
    pub client: Client,
    pub origin: String,
    driver_port: u16,
    /// The profile directory; the runner removes it after the session ends.
    pub profile: PathBuf,
}

impl Browser {
    pub async fn open(driver_port: u16, origin: &str) -> Result<Browser, Error> {
        let n = PROFILE.fetch_add(1, Ordering::Relaxed);
        let profile = std::env::temp_dir().join(format!("winback-e2e-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        std::fs::create_dir_all(&profile)?;
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.display()),
                ],
            },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let Value::Object(caps) = caps else {
            unreachable!("json! object")
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await?;
        Ok(Browser {
            client,
            origin: origin.to_owned(),
            driver_port,
            profile,
        })
    }

    /// A second browser with its own fresh profile (another device in the room); end it with
    /// [`Browser::close`].
    pub async fn another(&self) -> Result<Browser, Error> {
        Browser::open(self.driver_port, &self.origin).await
    }

    /// Ends this session and removes its profile.
    pub async fn close(self) {
        let _ = self.client.close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }

    /// Sends a DevTools protocol command (ChromeDriver's `goog/cdp/execute`).
    pub async fn cdp(&self, cmd: &'static str, params: Value) -> Result<Value, Error> {
        Ok(self.client.issue_cmd(Cdp { cmd, params }).await?)
    }

    /// Opens a path of the app and waits until the app has rendered its main region.
    pub async fn visit(&self, path: &str) -> Outcome {
        self.client
            .goto(&format!("{}{}", self.origin, path))
            .await?;
        self.wait_for("main#main h1").await?;
        Ok(())
    }

    /// Waits (up to 20 s) for an element.
    pub async fn wait_for(&self, css: &str) -> Result<fantoccini::elements::Element, Error> {
        Ok(self
            .client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("waiting for `{css}`: {e}"))?)
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> Result<String, Error> {
        Ok(self.wait_for(css).await?.text().await?)
    }

    /// The current value of the input with `data-testid` `testid`.
    pub async fn value_of(&self, testid: &str) -> Result<Option<String>, Error> {
        let css = format!("[data-testid={testid}]");
        Ok(self.wait_for(&css).await?.prop("value").await?)
    }

    /// Chooses `value` in the `<select>` matching `css`.
    pub async fn select(&self, css: &str, value: &str) -> Result<(), Error> {
        self.wait_for(css).await?.select_by_value(value).await?;
        Ok(())
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, script: &str) -> Result<Value, Error> {
        Ok(self.client.execute(script, vec![]).await?)
    }

    /// The browser console's entries (level, message) since the last call.
    pub async fn console(&self) -> Result<Vec<(String, String)>, Error> {
        let session = self.client.session_id().await?.ok_or("no session id")?;
        let body = crate::http::post_json(
            self.driver_port,
            &format!("/session/{session}/se/log"),
            &json!({ "type": "browser" }),
        )?;
        let entries = body["value"].as_array().cloned().unwrap_or_default();
        Ok(entries
            .iter()
            .map(|e| {
                let field = |k: &str| e[k].as_str().unwrap_or_default().to_owned();
                (field("level"), field("message"))
            })
            .collect())
    }
}

/// `Ok` if `cond`, else an error with `message`.
pub fn check(cond: bool, message: impl Into<String>) -> Outcome {
    if cond {
        Ok(())
    } else {
        Err(message.into().into())
    }
}

/// A DevTools protocol command, for what WebDriver has no command for (print media).
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}
