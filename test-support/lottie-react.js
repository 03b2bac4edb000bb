// NutUI imports lottie-react, which needs a canvas that jsdom lacks; no tested component animates with it.
module.exports = { __esModule: true, default: () => null };
