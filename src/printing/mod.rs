//! Printing the ticket: ESC/POS raster bytes, the printer's transport (device file or
//! TCP 9100) with its status queries, and the print job the kiosk runs in a child
//! process so that no printer can hang it.

pub mod escpos;
pub mod job;
pub mod transport;
