//! How far a link of a given length can travel.

/// A QR code of version 40 at error-correction level L holds at most this many bytes.
pub const QR_MAX_BYTES: usize = 2_953;
/// Up to this length, links pass through mail and chat apps intact; many servers, proxies and
/// link-preview services cap URLs at 8 KiB, so longer links risk being cut off on the way.
pub const MAIL_AND_CHAT_MAX_BYTES: usize = 8_192;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkFit {
    /// Fits in a QR code (and so in mail and chat too).
    Qr,
    /// Too long for a QR code, fine for mail and chat.
    MailAndChat,
    /// Long enough that some apps may cut it off.
    Long,
}

impl LinkFit {
    /// Classifies a full link (address, `#` and fragment) by its length in bytes.
    pub fn of_len(bytes: usize) -> LinkFit {
        if bytes <= QR_MAX_BYTES {
            LinkFit::Qr
        } else if bytes <= MAIL_AND_CHAT_MAX_BYTES {
            LinkFit::MailAndChat
        } else {
            LinkFit::Long
        }
    }

    pub fn of_link(link: &str) -> LinkFit {
        LinkFit::of_len(link.len())
    }

    /// A short description for the person sharing.
    pub fn description(self) -> &'static str {
        match self {
            LinkFit::Qr => "Short enough for a QR code, mail or chat.",
            LinkFit::MailAndChat => "Too long for a QR code, but fine to paste into mail or chat.",
            LinkFit::Long => {
                "Very long: some mail and chat apps may cut it off. \
                 Share fewer sections to shorten it."
            }
        }
    }
}
